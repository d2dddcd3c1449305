import { mountPage } from '@/components/mountPage';
import { SlipApp } from '@/components/SlipApp';

void mountPage(<SlipApp />);
