import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';

export const DEMO_LOGINS = ['manager@demo.test', 'practitioner@demo.test', 'assistant@demo.test'] as const;
export const DEMO_PASSWORD = 'nutmeg-demo';

const LOGIN_WORDING = {
  401: 'Email or password is not right',
  429: 'Too many attempts, wait a minute',
};

@Component({
  selector: 'nm-login-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatProgressBarModule],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go after signing in (set by the guard); bound from the query string. */
  readonly returnUrl = input<string>();
  /** Set when the api refused an old token, to explain why the user is here again. */
  readonly expired = input<string>();

  protected readonly demoLogins = DEMO_LOGINS;
  protected readonly demoPassword = DEMO_PASSWORD;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: () => {
        this.busy.set(false);
        void this.router.navigateByUrl(this.safeReturnUrl());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(describeHttpError(error, LOGIN_WORDING));
      },
    });
  }

  /** Only paths inside the app: a crafted link must not bounce a fresh session to another site. */
  private safeReturnUrl(): string {
    const url = this.returnUrl();
    return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
  }
}
