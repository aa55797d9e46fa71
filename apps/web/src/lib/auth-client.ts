"use client";
// better-auth's browser client: sign in by email or username, sign up, sign out.
import { createAuthClient } from "better-auth/react";
import { usernameClient } from "better-auth/client/plugins";

export const authClient = createAuthClient({ plugins: [usernameClient()] });
