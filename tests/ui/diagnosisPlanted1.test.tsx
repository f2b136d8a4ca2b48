import { describePlantedCases } from '../support/plantedDiagnosis.ts';

describePlantedCases(0, 4);
