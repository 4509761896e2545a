// How a date is written for people: dd/MM/yyyy. It sits with the words because it is what users read;
// the code below (core, contracts, the pages) formats through it.

/** 'yyyy-MM-dd' → dd/MM/yyyy ('' for no date). */
export function formatVn(date: string | null): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
