#!/bin/sh
# Prints how it was started: its process ID, the process that started it, then each argument it received.
echo "PID: $$"
if [ "$PPID" -eq 0 ]; then
  echo "parent: none (the container's first process)"
else
  echo "parent: $(tr '\0' ' ' < "/proc/$PPID/cmdline" | sed 's/ $//')"
fi
i=0
for arg in "$0" "$@"; do
  echo "argv[$i]: $arg"
  i=$((i + 1))
done
