package org.rightsregistry.contract;

import java.lang.reflect.Field;
import java.util.Random;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from QuickTheories' generators with one seeded {@link Random}, so that a whole fuzz run is
 * reproduced from its seed. (QuickTheories' own runner shrinks failing values, which a run against a live
 * application with changing state cannot use; its generators are what this needs.)
 */
final class SeededSource implements DetatchedRandomnessSource {

    private static final Field MIN = field("min");
    private static final Field MAX = field("max");

    private final Random random;

    SeededSource(Random random) {
        this.random = random;
    }

    <T> T draw(Gen<T> gen) {
        return gen.generate(this);
    }

    @Override
    public long next(Constraint constraint) {
        try {
            long min = MIN.getLong(constraint);
            long max = MAX.getLong(constraint);
            if (min == max) {
                return min;
            }
            long span = max - min;
            return span > 0 && span < Long.MAX_VALUE ? min + Math.floorMod(random.nextLong(), span + 1) : random.nextLong();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DetatchedRandomnessSource detach() {
        return this;
    }

    @Override
    public void registerFailedAssumption() {
        // a generator's filter refused a value; it draws again
    }

    @Override
    public void commit() {
        // nothing to commit: values are never replayed for shrinking
    }

    private static Field field(String name) {
        try {
            Field field = Constraint.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
