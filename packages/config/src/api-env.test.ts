import { describe, expect, it } from 'vitest';
import { apiEnvSchema } from './api-env.ts';
import { EnvError, parseEnv } from './parse-env.ts';

function problemsOf(env: Record<string, string>): string {
  try {
    parseEnv('api', apiEnvSchema, env);
  } catch (error) {
    if (error instanceof EnvError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected the environment to be refused');
}

describe('mail settings', () => {
  it('keeps mail local by default and sends from a Vigie address', () => {
    const env = parseEnv('api', apiEnvSchema, {});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe('Vigie <no-reply@vigie.localhost>');
  });

  it('reads an SMTP URL with credentials and options, and a sender with or without a name', () => {
    const env = parseEnv('api', apiEnvSchema, {
      SMTP_URL: 'smtps://mailer:s%40cret@smtp.example.fr:465?pool=true',
      MAIL_FROM: 'Assistance Vigie <ne-pas-repondre@vigie.example.fr>',
    });
    expect(env.SMTP_URL).toBe('smtps://mailer:s%40cret@smtp.example.fr:465?pool=true');
    expect(env.MAIL_FROM).toBe('Assistance Vigie <ne-pas-repondre@vigie.example.fr>');
    expect(parseEnv('api', apiEnvSchema, { MAIL_FROM: 'alerts@vigie.example.fr' }).MAIL_FROM).toBe(
      'alerts@vigie.example.fr',
    );
  });

  it('refuses an SMTP URL of another scheme or without a host, never printing its password', () => {
    for (const bad of ['http://mail.example.fr', 'mail.example.fr:25', 'smtp://']) {
      expect(problemsOf({ SMTP_URL: bad })).toMatch(
        /^SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL with a host/m,
      );
    }
    const problems = problemsOf({ SMTP_URL: 'imap://mailer:very_secret_value@mail.example.fr' });
    expect(problems).toContain('SMTP_URL: must be an smtp://');
    expect(problems).not.toContain('very_secret_value');
  });

  it('refuses a sender that is not an address, or that would add a header', () => {
    for (const bad of ['Vigie', 'Vigie <no-reply>', 'no-reply@vigie.example.fr\r\nBcc: x@example.fr']) {
      expect(problemsOf({ MAIL_FROM: bad })).toMatch(
        /^MAIL_FROM: must be an address, alone or after a name: Vigie <no-reply@example.fr>/m,
      );
    }
  });
});
