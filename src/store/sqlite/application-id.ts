/**
 * SQLite's header field for "which program's file is this". Set by the first migration and checked on open, so
 * Plaudit refuses another program's database instead of adding its tables to it. 0x506c6164 is "Plad" in ASCII.
 */
export const PLAUDIT_APPLICATION_ID = 0x506c6164;
