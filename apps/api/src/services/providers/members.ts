import { type Db, providerMembers } from '@vigie/db';
import { and, eq } from 'drizzle-orm';

export type Membership = { providerId: number; role: 'owner' | 'member' };

/** The provider a user is an active member of, if any (a user belongs to at most one provider). */
export function providerOfUser(db: Pick<Db, 'select'>, userId: string): Membership | undefined {
  return db
    .select({ providerId: providerMembers.providerId, role: providerMembers.role })
    .from(providerMembers)
    .where(and(eq(providerMembers.userId, userId), eq(providerMembers.status, 'active')))
    .get();
}
