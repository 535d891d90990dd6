/**
 * `<mission-table>`: sorting and filtering for the missions table. The table is complete without
 * JavaScript; this only hides rows and reorders them. The state lives in the address so a view can be
 * shared. The status line is the server's sentence; only its number of rows shown changes.
 */

class MissionTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const filters = this.querySelector<HTMLElement>('.mission-filters');
    const status = this.querySelector<HTMLElement>('.filter-status [data-shown]');
    if (!table || !filters || !status) return;
    const body = table.tBodies[0];
    const rows = [...body.rows];
    const headers = [...table.tHead!.rows[0].cells];
    const field = <T extends HTMLElement>(name: string) => filters.querySelector<T>(`[name="${name}"]`)!;
    filters.hidden = false;

    const apply = (params: URLSearchParams) => {
      const organisation = params.get('organisation') ?? '';
      const task = params.get('task') ?? '';
      const decade = params.get('decade') ?? '';
      const ongoing = params.get('ongoing') === '1';
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
        const order = (a.dataset[sort] ?? '').localeCompare(b.dataset[sort] ?? '', document.documentElement.lang, {
          numeric: true,
        });
        return (descending ? -order : order) || (a.dataset['start'] ?? '').localeCompare(b.dataset['start'] ?? '');
      });
      body.append(...sorted);
      for (const header of headers) {
        const key = header.dataset['sortKey'];
        header.setAttribute('aria-sort', key === sort ? (descending ? 'descending' : 'ascending') : 'none');
      }
      status.textContent = String(shown);
    };

    const update = (change: (params: URLSearchParams) => void) => {
      const params = new URLSearchParams(location.search);
      change(params);
      for (const [key, value] of [...params]) if (!value) params.delete(key);
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
      apply(params);
    };

    // Column headers become sort buttons: press once for ascending, again for descending.
    for (const header of headers) {
      const key = header.dataset['sortKey']!;
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'sort-button',
        textContent: header.textContent,
      });
      header.replaceChildren(button);
      button.addEventListener('click', () =>
        update((params) => {
          const same = (params.get('sort') ?? 'start') === key;
          params.set('sort', key);
          params.set('dir', same && params.get('dir') !== 'desc' ? 'desc' : 'asc');
        }),
      );
    }

    filters.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement;
      update((params) =>
        params.set(
          input.name,
          input instanceof HTMLInputElement && input.type === 'checkbox' ? (input.checked ? '1' : '') : input.value,
        ),
      );
    });
    apply(new URLSearchParams(location.search));
  }
}

customElements.define('mission-table', MissionTable);
