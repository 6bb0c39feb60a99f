/** How testcontainers is told to work here, by the tests and by the benchmarks that use it. */
export const TESTCONTAINERS_ENV = {
  // Ryuk cannot be pulled here; every test removes what it creates itself, and the engine is the tests' own.
  TESTCONTAINERS_RYUK_DISABLED: 'true',
  // /.dockerenv exists on these machines; without this testcontainers pulls alpine to find the host.
  TESTCONTAINERS_HOST_OVERRIDE: 'localhost',
} as const;
