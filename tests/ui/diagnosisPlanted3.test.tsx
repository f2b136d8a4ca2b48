import { describePlantedCases } from '../support/plantedDiagnosis.ts';

describePlantedCases(2, 4);
