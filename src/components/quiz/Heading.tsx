import type { HTMLAttributes } from 'react';

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** 2-6; the quiz sits inside a page whose own headings decide where it starts. */
  level: number;
}

/** A heading whose level is given by the page that shows the quiz. */
export function Heading({ level, ...props }: HeadingProps) {
  const Tag = `h${Math.min(6, Math.max(2, Math.round(level)))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return <Tag {...props} />;
}
