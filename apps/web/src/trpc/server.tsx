// tRPC in server components: prefetch on the server, hydrate on the client.
import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { appRouter, createContext } from "@studykit/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { app } from "~/server/app";
import { makeQueryClient } from "./query-client";

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: async () => {
    const { db, auth } = app();
    return createContext({ db, auth, headers: new Headers(await headers()) });
  },
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
