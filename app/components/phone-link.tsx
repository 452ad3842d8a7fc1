import { telHref } from "~/utils/phone";

/**
 * A phone number as a tap-to-call link that stays on one line. `children` is the link text
 * when it says more than the number ("Call 999"); a number that cannot be dialled is plain text.
 */
export function PhoneLink({
  number,
  textRelay = false,
  className = "font-bold text-brand underline",
  children,
}: {
  number: string;
  textRelay?: boolean;
  className?: string;
  children?: React.ReactNode;
}) {
  const href = telHref({ number, type: textRelay ? "text_relay" : "voice" });
  if (!href) return <span className="phone-link">{children ?? number}</span>;
  return (
    <a href={href} className={`phone-link ${className}`}>
      {children ?? number}
    </a>
  );
}
