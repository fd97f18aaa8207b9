import type { Me } from './navigation';

/** Who the server takes the user for: roles and segments from their Okta groups. */
export function AccessScreen({ me }: { me: Me }) {
  return (
    <section>
      <h2>My access</h2>
      <dl className="access">
        <dt>Signed in as</dt>
        <dd>{me.user}</dd>
        <dt>Roles</dt>
        <dd>{me.roles.join(', ') || 'none'}</dd>
        <dt>Segments</dt>
        <dd>{me.seesAllSegments ? 'all segments' : me.segments.join(', ') || 'none'}</dd>
      </dl>
    </section>
  );
}
