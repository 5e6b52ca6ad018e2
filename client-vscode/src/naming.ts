// File names for new dossiers. Pure.

/** `"Acme Corp", "Staff Engineer (ML)"` → `acme-corp-staff-engineer-ml`. Never empty. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug === '' ? 'dossier' : slug;
}

/** `<company>-<position>.md`, with `-2`, `-3`… added until `exists` says the name is free. */
export function newDossierFileName(company: string, position: string, exists: (name: string) => boolean): string {
  const base = slugify(`${company} ${position}`);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!exists(name)) {
      return name;
    }
  }
}
