import { describePlantedCases } from '../support/plantedDiagnosis.ts';

describePlantedCases(1, 4);
