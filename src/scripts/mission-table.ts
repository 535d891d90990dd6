// Sorting and filtering for the missions table. The table is complete without JavaScript; this
// only hides rows and reorders them. The state lives in the address so a view can be shared.
const table = document.querySelector<HTMLTableElement>('[data-missions-table]');
const form = document.querySelector<HTMLElement>('[data-mission-filters]');
const filterStatus = document.querySelector<HTMLElement>('[data-filter-status]');

if (table && form && filterStatus) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const headers = [...table.tHead!.rows[0].cells];
  form.hidden = false;

  const state = () => new URLSearchParams(location.search);

  function apply(params: URLSearchParams) {
    const organisation = params.get('organisation') ?? '';
    const task = params.get('task') ?? '';
    const decade = params.get('decade') ?? '';
    const ongoing = params.get('ongoing') === '1';
    const field = <T extends HTMLElement>(name: string) => form!.querySelector<T>(`[name="${name}"]`)!;
    field<HTMLSelectElement>('organisation').value = organisation;
    field<HTMLSelectElement>('task').value = task;
    field<HTMLSelectElement>('decade').value = decade;
    field<HTMLInputElement>('ongoing').checked = ongoing;

    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const visible =
        (!organisation || d['organisation'] === organisation) &&
        (!task || (d['tasks'] ?? '').split(' ').includes(task)) &&
        (!decade || (d['start'] ?? '').slice(0, 3) === decade.slice(0, 3)) &&
        (!ongoing || !d['end']);
      row.hidden = !visible;
      if (visible) shown++;
    }

    const sort = params.get('sort') ?? 'start';
    const descending = params.get('dir') === 'desc';
    const sorted = rows.slice().sort((a, b) => {
      const order = (a.dataset[sort] ?? '').localeCompare(b.dataset[sort] ?? '', 'en', { numeric: true });
      return (descending ? -order : order) || (a.dataset['start'] ?? '').localeCompare(b.dataset['start'] ?? '');
    });
    body.append(...sorted);
    for (const header of headers) {
      const key = header.dataset['sortKey'];
      header.setAttribute('aria-sort', key === sort ? (descending ? 'descending' : 'ascending') : 'none');
    }
    filterStatus!.textContent = `Showing ${shown} of ${rows.length} missions.`;
  }

  function update(change: (params: URLSearchParams) => void) {
    const params = state();
    change(params);
    for (const [key, value] of [...params]) if (!value) params.delete(key);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
    apply(params);
  }

  // Column headers become sort buttons: press once for ascending, again for descending.
  for (const header of headers) {
    const key = header.dataset['sortKey']!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent;
    header.replaceChildren(button);
    button.addEventListener('click', () =>
      update((params) => {
        const same = (params.get('sort') ?? 'start') === key;
        params.set('sort', key);
        params.set('dir', same && params.get('dir') !== 'desc' ? 'desc' : 'asc');
      }),
    );
  }

  form.addEventListener('change', (event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    update((params) => params.set(field.name, field instanceof HTMLInputElement && field.type === 'checkbox' ? (field.checked ? '1' : '') : field.value));
  });
  apply(state());
}
