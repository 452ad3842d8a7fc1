import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// Public in the source, so production refuses it.
const DEV_SECRET = "dev-only-secret-change-me-0123456789abcdef";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Where the app runs. Unset, it follows NODE_ENV: a production build is production unless
    // told otherwise (fail closed). Production demands real secrets and refuses the outbox and demo.
    APP_ENV: z.enum(["development", "test", "demo", "production"]).optional(),
    DATABASE_URL: z.string().min(1).default("file:./prisma/dev.db"),
    // No default here: outside production the development value is filled in below.
    SESSION_SECRET: z.string().min(32).optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Safety Circle <no-reply@safetycircle.example>"),
    DEMO_MODE: flag,
    // The /outbox page that shows mail kept in the database. Off unless asked for; never in production.
    SHOW_OUTBOX: flag,
    TRUST_PROXY: flag,
    // The neutral site that "Exit this page" goes to.
    EXIT_URL: z.url().default("https://www.bbc.co.uk/weather"),
    SESSION_IDLE_MINUTES: positiveInt(60),
    SESSION_MAX_HOURS: positiveInt(12),
    SIGN_IN_LIMIT_PER_EMAIL: positiveInt(5),
    SIGN_IN_LIMIT_PER_IP: positiveInt(30),
    RATE_LIMIT_WINDOW_MINUTES: positiveInt(15),
    MAX_FORM_BYTES: positiveInt(32_768),
    // Retention (app/modules/retention): audit rows with no family (a family's rows follow its
    // organisation's auditRetentionDays); outbox mail (development and demo only). The
    // databases refuse to delete audit rows younger than 90 days, so no setting goes below that.
    AUDIT_RETENTION_DAYS: positiveInt(730).pipe(z.number().min(90)),
    OUTBOX_RETENTION_DAYS: positiveInt(7),
    // Where uploaded meeting papers (PDFs) are kept: outside the web root (public/, build/),
    // only sent through the guarded download route.
    PAPERS_DIR: z.string().min(1).default("./data/papers"),
  })
  .transform((env) => {
    const APP_ENV = env.APP_ENV ?? (env.NODE_ENV === "production" ? "production" : "development");
    const SESSION_SECRET = env.SESSION_SECRET ?? (APP_ENV === "production" ? "" : DEV_SECRET);
    return { ...env, APP_ENV, SESSION_SECRET };
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    if (
      !env.SESSION_SECRET ||
      env.SESSION_SECRET === DEV_SECRET ||
      env.SESSION_SECRET.startsWith("dev-only-")
    ) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "Set a real secret in production" });
    }
    if (env.DEMO_MODE) {
      ctx.addIssue({ code: "custom", path: ["DEMO_MODE"], message: "Demo mode cannot run in production" });
    }
    if (env.SHOW_OUTBOX) {
      ctx.addIssue({
        code: "custom",
        path: ["SHOW_OUTBOX"],
        message: "The outbox page cannot run in production",
      });
    }
    if (!env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "Production must send real email" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Validates process.env once. A bad setting stops the server at boot, naming the setting only. */
export function getEnv(): Env {
  if (!cached) cached = parseEnv(process.env);
  return cached;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const names = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment settings:\n- ${names.join("\n- ")}`);
  }
  return result.data;
}

/** Tests change settings (limits, clock-related ones) through this. */
export function overrideEnvForTests(patch: Partial<Env>) {
  cached = { ...getEnv(), ...patch };
}

export function resetEnvForTests() {
  cached = undefined;
}
