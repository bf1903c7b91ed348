/** Shown beside a control an HMIS admin's policy sets; the control points at it with aria-describedby. */
export function LockedNote({ id }: { id: string }) {
  return (
    <p id={id} class="locked">
      Set by your HMIS administrator.
    </p>
  );
}
