import { defineVitest } from '../../vitest.shared.ts';

export default defineVitest();
