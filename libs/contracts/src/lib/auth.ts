import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  firm: { id: string; name: string };
}

export interface LoginResponse {
  accessToken: string;
  /** ISO instant at which the token stops being accepted. */
  expiresAt: string;
  user: SessionUser;
}

export interface UserSummary {
  id: string;
  email: string;
  fullName: string;
  role: Role;
}
