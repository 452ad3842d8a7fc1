import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Where the app runs. Only "production" hides the outbox page and demands real secrets.
    APP_ENV: z.enum(["development", "test", "demo", "production"]).default("development"),
    DATABASE_URL: z.string().min(1).default("file:./prisma/dev.db"),
    SESSION_SECRET: z.string().min(32).default("dev-only-secret-change-me-0123456789abcdef"),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Safety Circle <no-reply@safetycircle.example>"),
    DEMO_MODE: flag,
    TRUST_PROXY: flag,
    // The neutral site that "Exit this page" goes to.
    EXIT_URL: z.url().default("https://www.bbc.co.uk/weather"),
    SESSION_IDLE_MINUTES: positiveInt(60),
    SESSION_MAX_HOURS: positiveInt(12),
    SIGN_IN_LIMIT_PER_EMAIL: positiveInt(5),
    SIGN_IN_LIMIT_PER_IP: positiveInt(30),
    RATE_LIMIT_WINDOW_MINUTES: positiveInt(15),
    MAX_FORM_BYTES: positiveInt(32_768),
    // Retention (app/modules/retention): audit rows with no family, and any family whose
    // organisation has no setting of its own; outbox mail (development and demo only).
    AUDIT_RETENTION_DAYS: positiveInt(730),
    OUTBOX_RETENTION_DAYS: positiveInt(7),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    if (env.SESSION_SECRET.startsWith("dev-only-")) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "Set a real secret in production" });
    }
    if (env.DEMO_MODE) {
      ctx.addIssue({ code: "custom", path: ["DEMO_MODE"], message: "Demo mode cannot run in production" });
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
