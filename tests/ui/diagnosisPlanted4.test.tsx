import { describePlantedCases } from '../support/plantedDiagnosis.ts';

describePlantedCases(3, 4);
