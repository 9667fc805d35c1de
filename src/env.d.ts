/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in caller with their organisation and role; undefined when signed out. */
    actor?: import('./server/actor.ts').Actor | undefined;
    /** The signed-in user's name and email, for page headers. */
    user?: { id: string; name: string; email: string } | undefined;
  }
}
