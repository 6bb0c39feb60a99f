const form = document.getElementById('new-item');
const input = document.getElementById('name');
const list = document.getElementById('items');
const empty = document.getElementById('empty');
const message = document.getElementById('message');

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) {
    const { error } = await response.json();
    throw new Error(error);
  }
  return response.status === 204 ? undefined : response.json();
}

async function run(action) {
  message.textContent = '';
  try {
    await action();
    await render();
  } catch (err) {
    message.textContent = err.message;
  }
}

async function render() {
  const items = await api('GET', '/items');
  list.replaceChildren(...items.map(renderItem));
  empty.hidden = items.length > 0;
}

function renderItem(item) {
  const li = document.createElement('li');
  li.className = item.completed ? 'completed' : '';

  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = item.completed;
  checkbox.ariaLabel = `Mark "${item.name}" as done`;
  checkbox.addEventListener('change', () =>
    run(() => api('PUT', `/items/${item.id}`, { name: item.name, completed: checkbox.checked })),
  );

  const name = document.createElement('span');
  name.textContent = item.name;

  const remove = document.createElement('button');
  remove.textContent = 'Delete';
  remove.ariaLabel = `Delete "${item.name}"`;
  remove.addEventListener('click', () => run(() => api('DELETE', `/items/${item.id}`)));

  li.append(checkbox, name, remove);
  return li;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(async () => {
    await api('POST', '/items', { name: input.value });
    input.value = '';
  });
});

run(() => {});
