/**
 * `<mission-atlas>`: sorting and filtering for the atlas. The table, the timeline and the map are
 * complete without JavaScript; this only hides what the filters leave out and reorders the table's rows.
 * The state lives in the address so a view can be shared. The sentences are the server's; only the
 * number of missions shown changes.
 */

class MissionAtlas extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    const filters = this.querySelector<HTMLElement>('.mission-filters');
    if (!table || !filters) return;
    const body = table.tBodies[0]!;
    const rows = [...body.rows];
    const headers = [...table.tHead!.rows[0]!.cells];
    // The timeline's rows, the map's markers and their leader lines: everything else that stands for a mission.
    const others = [...this.querySelectorAll<HTMLElement | SVGElement>('[data-mission]')];
    const field = <T extends HTMLElement>(name: string) => filters.querySelector<T>(`[name="${name}"]`)!;
    const toggle = (selector: string, hidden: boolean) =>
      this.querySelectorAll<HTMLElement>(selector).forEach((el) => (el.hidden = hidden));

    const apply = (params: URLSearchParams) => {
      const organisation = params.get('organisation') ?? '';
      const task = params.get('task') ?? '';
      const decade = params.get('decade') ?? '';
      const ongoing = params.get('ongoing') === '1';
      field<HTMLSelectElement>('organisation').value = organisation;
      field<HTMLSelectElement>('task').value = task;
      field<HTMLSelectElement>('decade').value = decade;
      field<HTMLInputElement>('ongoing').checked = ongoing;

      const shown = new Set<string>();
      for (const row of rows) {
        const d = row.dataset;
        const visible =
          (!organisation || d['organisation'] === organisation) &&
          (!task || (d['tasks'] ?? '').split(' ').includes(task)) &&
          (!decade || (d['start'] ?? '').slice(0, 3) === decade.slice(0, 3)) &&
          (!ongoing || !d['end']);
        row.hidden = !visible;
        if (visible) shown.add(d['id']!);
      }
      for (const el of others) el.toggleAttribute('hidden', !shown.has(el.dataset['mission']!));
      const filtered = shown.size < rows.length;
      toggle('[data-caption="all"]', filtered);
      toggle('[data-caption="filtered"], [data-filter-note]', !filtered);
      toggle('.no-match', shown.size > 0);
      this.querySelectorAll('[data-shown]').forEach((el) => (el.textContent = String(shown.size)));

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

customElements.define('mission-atlas', MissionAtlas);
