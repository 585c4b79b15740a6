/** The words of an HTML fragment, tags and runs of white space taken out: what a reader sees, for text assertions. */
export const text = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
