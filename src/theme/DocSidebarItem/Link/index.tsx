/** Sidebar links, wrapped to show each lesson's progress (done / in progress) after its title. */
import type { ComponentProps } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import LessonBadge from '@site/src/components/LessonBadge';

type Props = ComponentProps<typeof LinkType>;

export default function DocSidebarItemLink(props: Props) {
  const { item } = props;
  return (
    <Link
      {...props}
      item={{
        ...item,
        label: (
          <>
            {item.label}
            <LessonBadge docId={item.docId} />
          </>
        ) as unknown as string,
      }}
    />
  );
}
