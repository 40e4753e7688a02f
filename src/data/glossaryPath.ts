/** The glossary page, where each entry's anchor is its id. Apart from glossary.ts so a Term never loads the data. */
export const GLOSSARY_PATH = '/docs/reference/glossary';
