package dev.unspin.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModelSettingsTest {

    /**
     * The calibration the packaged rules and the figures in docs/quality.md were measured with,
     * exactly as {@code ModelSettings.DEFAULT} was written in code before it moved to a data file:
     * a change to any of these numbers is a change of detection and must be measured again.
     * Order: margin, frequencyWeight, supportBonus, weakBand, floor, slope, ceiling, pooledConfidence.
     */
    @Test
    void defaultIsTheCalibrationTheRulesWereMeasuredWith() {
        ModelSettings settings = ModelSettings.DEFAULT;
        assertEquals(new Calibration(3.25, 0.75, 0.25, 1.25, 0.55, 0.1, 0.9, 0.5), settings.swaps());
        assertEquals(new Calibration(7.0, 0.0, 0.0, 3.5, 0.55, 0.05, 0.8, 0.6), settings.thesaurus());
        assertEquals(new Calibration(5.5, 0.75, 0.0, 3.25, 0.55, 0.05, 0.8, 0.6), settings.unknownWords());
        assertEquals(5, settings.pooledMinimum());
        assertEquals(160.0, settings.pooledPer10kWords());
        assertEquals(180.0, settings.pooledArchaicPer10kWords());
    }
}
