import type { Author } from '../../client/practice-view.ts';

export interface AvatarProps {
  author: Author;
  size?: 'small' | 'large';
}

function hue(id: string): number {
  let h = 0;
  for (const char of id) h = (h * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return h;
}

/** Initials on a colour picked from the person's id: no external images, same colour every time. */
export function Avatar({ author, size = 'large' }: AvatarProps) {
  const style =
    author.role === 'brand'
      ? { background: 'var(--brand-avatar, #0b5cad)' }
      : { background: `hsl(${hue(author.id)} 45% 32%)` };
  return (
    <span class={`avatar avatar--${size}`} style={style} aria-hidden="true">
      {author.initials}
    </span>
  );
}
