import { SidePanelApp } from '@/components/SidePanelApp';
import { mountPage } from '@/components/mountPage';

mountPage(<SidePanelApp />);
