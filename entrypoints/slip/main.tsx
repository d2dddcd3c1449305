import { mountPage } from '@/components/mountPage';
import { SlipApp } from '@/components/SlipApp';

mountPage(<SlipApp />);
