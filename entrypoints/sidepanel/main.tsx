import { SidePanelApp } from '@/components/SidePanelApp';
import { mountPage } from '@/components/mountPage';

void mountPage(<SidePanelApp />);
