/**
 * Where the site's sources live, for "edit this page" links: configured in
 * one place. GitHub Actions sets GITHUB_SERVER_URL and GITHUB_REPOSITORY;
 * elsewhere set EDIT_URL to the address of the repository's default branch
 * (e.g. https://github.com/org/bitacora/edit/main/). With neither, pages show
 * no edit link rather than a wrong one.
 */
const actions = process.env.GITHUB_REPOSITORY
  ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/edit/${process.env.GITHUB_REF_NAME ?? 'main'}/`
  : undefined;

export const EDIT_URL: string | undefined = process.env.EDIT_URL || actions;
