import type { ClientKind } from '@nutmeg/contracts';

export const KIND_LABELS: Readonly<Record<ClientKind, string>> = {
  individual: 'Individual',
  business: 'Business',
};
