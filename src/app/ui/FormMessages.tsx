import { Show } from "solid-js";

/**
 * What came of a form's last action, shown under it: why it failed, or that it went
 * through. Nothing while `message` is unset. A failure is an alert so that screen
 * readers say it at once; a success is a polite status.
 */
export function FormError(props: { message: string | undefined }) {
  return <FormMessage role="alert" class="form__error" message={props.message} />;
}

export function FormOk(props: { message: string | undefined }) {
  return <FormMessage role="status" class="form__ok" message={props.message} />;
}

function FormMessage(props: {
  role: "alert" | "status";
  class: string;
  message: string | undefined;
}) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p role={props.role} class={props.class}>
          {message()}
        </p>
      )}
    </Show>
  );
}
