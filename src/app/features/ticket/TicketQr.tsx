import { renderSVG } from "uqr";

/**
 * A QR code drawn as inline SVG. uqr picks the alphanumeric mode for Base45 text; error
 * correction M survives a scratched screen protector and keeps the code at version 8.
 */
export function TicketQr(props: { text: string; label: string; class?: string }) {
  return (
    <div
      class={props.class ?? "qr"}
      role="img"
      aria-label={props.label}
      // The SVG is generated here from the text, never from markup anyone sent us.
      innerHTML={renderSVG(props.text, { ecc: "M", border: 2 })}
    />
  );
}
