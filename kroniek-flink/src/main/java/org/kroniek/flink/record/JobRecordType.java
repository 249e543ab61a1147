package org.kroniek.flink.record;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Tells Flink to move {@link JobRecord}s with {@link JobRecordSerializer}. */
public final class JobRecordType extends TypeInformation<JobRecord> {
    private static final long serialVersionUID = 1L;
    public static final JobRecordType INSTANCE = new JobRecordType();

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<JobRecord> getTypeClass() {
        return JobRecord.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<JobRecord> createSerializer(SerializerConfig config) {
        return JobRecordSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "JobRecord";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRecordType;
    }

    @Override
    public int hashCode() {
        return JobRecordType.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof JobRecordType;
    }
}
