import { OptionsApp } from '@/components/OptionsApp';
import { mountPage } from '@/components/mountPage';

void mountPage(<OptionsApp />);
