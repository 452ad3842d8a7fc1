import { Link as RemixLink, useHref, type LinkProps } from "@remix-run/react";
import { createContext, useContext } from "react";

// Whether this page loads React in the browser (root's Layout decides, from the routes' handles).
const HydrationContext = createContext(true);

export const HydrationProvider = HydrationContext.Provider;

/**
 * A link. On a page that hydrates it is Remix's <Link> (client-side navigation, prefetching).
 * On a page that does not (every page a family sees) nothing in the browser could use those, so
 * it is a plain <a>: Remix's link runs about a dozen hooks per link on the server, and a family
 * page has dozens of links.
 */
export function Link(props: LinkProps) {
  const hydrates = useContext(HydrationContext);
  if (hydrates) return <RemixLink {...props} />;
  return isPlainHref(props.to) ? <AbsoluteAnchor {...props} /> : <RelativeAnchor {...props} />;
}

// A path from the site's root, a fragment or a full address needs no resolving.
const isPlainHref = (to: LinkProps["to"]): to is string =>
  typeof to === "string" && /^([/#?]|https?:)/.test(to);

function AbsoluteAnchor({ to, ...props }: LinkProps) {
  return <a href={to as string} {...anchorProps(props)} />;
}

/** A path relative to the route ("new", "..") resolves as Remix's <Link> would. */
function RelativeAnchor({ to, relative, ...props }: LinkProps) {
  const href = useHref(to, { relative });
  return <a href={href} {...anchorProps(props)} />;
}

/** The props that are the <a>'s own: Remix's navigation options mean nothing without its router. */
function anchorProps(props: Omit<LinkProps, "to">) {
  const {
    prefetch: _prefetch,
    reloadDocument: _reloadDocument,
    replace: _replace,
    state: _state,
    preventScrollReset: _preventScrollReset,
    relative: _relative,
    viewTransition: _viewTransition,
    unstable_viewTransition: _unstableViewTransition,
    discover: _discover,
    ...anchor
  } = props as Omit<LinkProps, "to"> & { unstable_viewTransition?: boolean; discover?: string };
  return anchor;
}
