/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The lesson a page shows, for components embedded in its MDX (`<Quiz />`). */
    lesson?: string;
  }
}
