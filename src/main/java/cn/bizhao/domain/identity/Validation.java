package cn.bizhao.domain.identity;

import cn.bizhao.domain.DomainException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of checking what a person typed into one field: either the value in its normal form
 * (with what it tells us, such as a birth date), or the reason it was refused as a message key and
 * arguments. It never holds text: the screen shows the reason in the user's language beside the
 * field, and the field keeps what was typed.
 *
 * @param <T> the checked value
 */
public sealed interface Validation<T> permits Validation.Valid, Validation.Invalid {

    static <T> Validation<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validation<T> invalid(String messageKey, Object... arguments) {
        return new Invalid<>(messageKey, List.of(arguments));
    }

    boolean isValid();

    /** The value when valid, empty otherwise. */
    Optional<T> toOptional();

    /** The value; an invalid input becomes a {@link DomainException} with the same key and arguments. */
    T orElseThrow();

    <R> Validation<R> map(Function<? super T, ? extends R> mapper);

    /** The next check, run only while everything so far was valid: the first reason found is kept. */
    <R> Validation<R> flatMap(Function<? super T, Validation<R>> next);

    /** The input was accepted; {@code value} is in its normal form. */
    record Valid<T>(T value) implements Validation<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.of(value);
        }

        @Override
        public T orElseThrow() {
            return value;
        }

        @Override
        public <R> Validation<R> map(Function<? super T, ? extends R> mapper) {
            return new Valid<>(mapper.apply(value));
        }

        @Override
        public <R> Validation<R> flatMap(Function<? super T, Validation<R>> next) {
            return next.apply(value);
        }
    }

    /** The input was refused: {@code messageKey} (prefix {@code validation.}) says what is wrong and what to do. */
    record Invalid<T>(String messageKey, List<Object> arguments) implements Validation<T> {
        public Invalid {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.empty();
        }

        @Override
        public T orElseThrow() {
            throw toException();
        }

        public DomainException toException() {
            return new DomainException(messageKey, arguments.toArray());
        }

        @Override
        public <R> Validation<R> map(Function<? super T, ? extends R> mapper) {
            return new Invalid<>(messageKey, arguments);
        }

        @Override
        public <R> Validation<R> flatMap(Function<? super T, Validation<R>> next) {
            return new Invalid<>(messageKey, arguments);
        }
    }
}
