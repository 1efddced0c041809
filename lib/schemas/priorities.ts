// A list of its own, without zod: the forms' option lists import it, and importing it from the
// schema's module would ship zod (30 kB gzip) with the page instead of when the form is sent.
export const priorities = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
