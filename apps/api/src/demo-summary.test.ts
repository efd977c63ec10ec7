import { describe, expect, it } from 'vitest';
import { insertProviders, providerRow } from '../test/support/providers.ts';
import { createTestApp } from '../test/support/test-app.ts';
import { countProvidersByStatus, describeDemoProviders } from './demo-summary.ts';

describe('describeDemoProviders', () => {
  it('names the providers that are not listed publicly, and where to see them', () => {
    expect(describeDemoProviders({ referenced: 1108, pending: 60, suspended: 32 })).toBe(
      'Demo: 1,200 providers, 1,108 listed; 60 pending and 32 suspended are not shown publicly: only referenced providers are listed.',
    );
  });

  it('lists rejected and draft providers too, and reads right for a single one', () => {
    expect(describeDemoProviders({ referenced: 3, rejected: 1 })).toBe(
      'Demo: 4 providers, 3 listed; 1 rejected is not shown publicly: only referenced providers are listed.',
    );
    expect(describeDemoProviders({ referenced: 2, pending: 1, suspended: 1, draft: 1 })).toBe(
      'Demo: 5 providers, 2 listed; 1 pending, 1 suspended and 1 draft are not shown publicly: only referenced providers are listed.',
    );
  });

  it('says nothing is hidden when every provider is listed', () => {
    expect(describeDemoProviders({ referenced: 2 })).toBe('Demo: 2 providers, 2 listed.');
    expect(describeDemoProviders({})).toBe('Demo: 0 providers, 0 listed.');
  });
});

describe('countProvidersByStatus', () => {
  it('counts the providers of each status in the database', () => {
    const t = createTestApp();
    try {
      insertProviders(t.deps, [
        providerRow(),
        providerRow(),
        providerRow({ status: 'pending' }),
        providerRow({ status: 'suspended' }),
      ]);
      expect(countProvidersByStatus(t.db)).toEqual({ referenced: 2, pending: 1, suspended: 1 });
    } finally {
      t.close();
    }
  });
});
