/**
 * zod's "mini" build: the progress schemas ship to every page, and the classic build costs about
 * 25 KB gzip there against about 7 KB (bench/REPORT.md). Mini has no messages until a locale is
 * set; these are the same English ones the classic build uses. Every schema module imports this.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
