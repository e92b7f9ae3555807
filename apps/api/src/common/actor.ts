import { Role } from '@nutmeg/contracts';

/** Who is acting, established by AuthGuard from the bearer token and the user row; never from the body. */
export interface Actor {
  userId: string;
  firmId: string;
  role: Role;
}
