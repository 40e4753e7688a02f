/** The footer's closing line, wrapped to add whether the course is available offline. */
import Copyright from '@theme-original/Footer/Copyright';
import type CopyrightType from '@theme/Footer/Copyright';
import type { WrapperProps } from '@docusaurus/types';
import OfflineIndicator from '@site/src/components/OfflineIndicator';

type Props = WrapperProps<typeof CopyrightType>;

export default function CopyrightWrapper(props: Props) {
  return (
    <>
      <Copyright {...props} />
      <OfflineIndicator />
    </>
  );
}
