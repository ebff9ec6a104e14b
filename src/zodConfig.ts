import { z } from "zod";

// The built page forbids eval (Content-Security-Policy), so zod must not compile parsers with new Function,
// nor probe whether it may. This module is imported first, before any schema is built.
z.config({ jitless: true });
