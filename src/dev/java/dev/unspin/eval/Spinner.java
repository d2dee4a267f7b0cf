package dev.unspin.eval;

import java.util.List;
import java.util.Random;

/** Proposes the swaps a spinner could make in a text; {@link TestSpinner} picks which to make. */
interface Spinner {

    /** Every possible swap, in text order; they may overlap. */
    List<Replacement> candidates(String text, List<SpinWords.Word> words, Random random);
}
